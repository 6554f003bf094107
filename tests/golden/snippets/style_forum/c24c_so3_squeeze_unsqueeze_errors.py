# Q: Dimension out of range errors
import torch

x = torch.zeros(2, 3)
for op in (lambda: x.unsqueeze(3), lambda: x.squeeze(2), lambda: x.sum(dim=2), lambda: x.transpose(0, 2)):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
print(x.unsqueeze(-1).shape, x.unsqueeze(2).shape)
