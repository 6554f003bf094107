# Q: rearranging dimensions
import torch

x = torch.zeros(2, 3, 4)
print(torch.movedim(x, 0, -1).shape, x.movedim((0, 1), (2, 0)).shape, x.swapaxes(0, 2).shape)
print(x.permute(2, 0, 1).shape, x.mT.shape)
for f in (lambda: x.permute(0, 1), lambda: x.permute(0, 0, 1), lambda: torch.movedim(x, (0, 1), (1,))):
    try:
        f()
    except RuntimeError as e:
        print("RuntimeError:", e)
