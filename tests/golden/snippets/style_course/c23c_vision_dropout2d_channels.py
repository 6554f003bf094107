# Dropout2d zeroes whole channels in training, nothing in eval.
import torch
import torch.nn as nn

torch.manual_seed(17)
d = nn.Dropout2d(0.5)
x = torch.ones(2, 4, 2, 2)
y = d(x)
print(y[:, :, 0, 0])
print(((y == 0).all(dim=(2, 3)) | (y == 2).all(dim=(2, 3))).all())
d.eval()
print(torch.equal(d(x), x))
print(d)
