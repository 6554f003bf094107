# Shapes given by keyword, as PyTorch's parser also takes them.
import torch

x = torch.arange(12.0).reshape(3, 4)
print(x.reshape(shape=(4, 3)).shape, torch.reshape(x, shape=(12,)).shape, x.view(size=(2, 6)).shape)
print(x.view(dtype=torch.int32).shape, x.repeat(repeats=(2, 1)).shape, x[:1].expand(size=(3, 4)).shape)
print(x[:1].expand(size=(2, 4), implicit=True).shape)
for call in (lambda: x.reshape(4, shape=(3,)), lambda: x.reshape(foo=(12,)), lambda: x.view(shape=(12,))):
    try:
        call()
    except TypeError as e:
        print(e)
