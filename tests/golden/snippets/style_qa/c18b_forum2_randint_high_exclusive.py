# Q: torch.randint(0, 1, ...) always gives zeros?
import torch

torch.manual_seed(0)
print(torch.randint(0, 1, (5,)))
print(torch.randint(0, 2, (5,)))
print(torch.randint(6, (2, 3)) + 1)
print(torch.randint(0, 2, (3,)).dtype)
try:
    torch.randint(3, 3, (2,))
except RuntimeError as err:
    print(err)
