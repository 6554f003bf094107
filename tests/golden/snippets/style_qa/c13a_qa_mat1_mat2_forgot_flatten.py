# Q: "mat1 and mat2 shapes cannot be multiplied" when feeding images to nn.Linear. A: flatten them first.
import torch
import torch.nn as nn

torch.manual_seed(4)
fc = nn.Linear(28 * 28, 10)
images = torch.randn(8, 1, 28, 28)
try:
    fc(images)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    fc(images.view(8, -1, 28))
except RuntimeError as e:
    print("RuntimeError:", e)
print(fc(images.view(images.size(0), -1)).shape)
print(fc(images.flatten(start_dim=1)).shape)
print(fc(torch.flatten(images, 1)).shape)
try:
    fc(images.flatten())
except RuntimeError as e:
    print("RuntimeError:", e)
print(images.reshape(-1, 784).shape, images.view(-1, 28 * 28).shape)
a = torch.randn(3, 4)
try:
    a @ a
except RuntimeError as e:
    print(e)
print((a @ a.T).shape, (a.T @ a).shape)
