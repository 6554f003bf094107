import torch

images = torch.arange(2 * 3 * 2 * 2).view(2, 3, 2, 2)
wrong = images.view(-1, 2)
right = images.view(images.size(0), -1)
print(wrong.shape, right.shape)
print(images.reshape(3, -1).shape)
try:
    images.reshape(5, -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    images.view(2, -1, 5)
except Exception as e:
    print(type(e).__name__, e)
