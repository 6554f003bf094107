# padding="same" and "valid" strings, the strided 'same' error and an even kernel.
import torch
import torch.nn as nn

x = torch.zeros(1, 1, 5, 5)
print(nn.Conv2d(1, 1, 3, padding="same")(x).shape)
print(nn.Conv2d(1, 1, 4, padding="same")(x).shape)
print(nn.Conv2d(1, 1, 3, padding="valid")(x).shape)
print(nn.Conv2d(1, 1, 3, padding="same", dilation=2))
try:
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as e:
    print("ValueError:", e)
try:
    nn.Conv2d(1, 1, 3, padding="full")
except ValueError as e:
    # the message lists a Python set, whose order changes from run to run
    print("ValueError:", str(e).split(", should")[0])
