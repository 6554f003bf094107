import torch

# Lists nested past PyTorch's 128 dimensions, as a loop builds them
for depth in (129, 1000, 5000):
    data = 1.0
    for _ in range(depth):
        data = [data]
    try:
        torch.tensor(data)
    except ValueError as e:
        print(depth, type(e).__name__, e)
data = 1.0
for _ in range(200):
    data = (data,)
try:
    torch.tensor(data)
except ValueError as e:
    print(type(e).__name__, e)
