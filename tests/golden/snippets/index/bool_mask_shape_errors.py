# A mask of the wrong shape: PyTorch names the mask's dim and the whole indexed tensor.
import torch

z = torch.zeros(2, 3, 4)
for key in [
    lambda: z[torch.tensor([True, False, True])],
    lambda: z[:, torch.tensor([True, False])],
    lambda: z[0, torch.tensor([True, False, True, False])],
    lambda: z[torch.ones(2, 2, dtype=torch.bool)],
    lambda: z[..., torch.tensor([True, False, True])],
    lambda: z[torch.tensor([True, False]), 0, torch.tensor([True, False, True])],
    lambda: z[torch.tensor([True, False, True]), 1],
]:
    try:
        key()
    except IndexError as e:
        print(e)
try:
    z[torch.tensor([True, False, True])] = 1.0
except IndexError as e:
    print("setitem:", e)
print(z[torch.tensor([True, False]), 1:].shape)
