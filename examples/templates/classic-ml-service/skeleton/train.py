"""Trains the model on the training split and saves it: python train.py"""
import data
import model


def main():
    x_train, _x_test, y_train, _y_test, _g_train, _g_test = data.split(*data.load_dataset())
    model.save(model.fit(x_train, y_train))
    print(f"Trained on {len(y_train)} rows; saved to {model.MODEL_PATH}")


if __name__ == "__main__":
    main()
