import torch, numpy as np
x = torch.tensor([1.0, 2.0], requires_grad=True)
z = x.detach(); z.zero_(); print(x)
x.detach()[1] = 9; print(x)
