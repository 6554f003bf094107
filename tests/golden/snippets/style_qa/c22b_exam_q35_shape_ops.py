import torch

# Q35. Give the shape after each operation.
x = torch.arange(24).reshape(2, 3, 4)
print(x.permute(2, 0, 1).shape)
print(x.transpose(0, 2).shape)
print(x.view(6, -1).shape)
print(x.unsqueeze(1).shape, x[:, None, :, None].shape)
print(x.sum(dim=(0, 2)).shape, x.mean(1, keepdim=True, dtype=torch.float32).shape)
print(x.flatten(1).shape, x.reshape(-1).shape)
try:
    x.view(5, -1)
except RuntimeError as e:
    print(e)
