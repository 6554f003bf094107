# turning schedule tensors into Python lists for plotting
import torch

betas = torch.linspace(0.001, 0.02, 5)
ac = torch.cumprod(1 - betas, 0)
print([round(v, 4) for v in ac.tolist()])
print(ac.numpy().dtype, type(ac.tolist()[0]).__name__)
print(torch.stack([betas, ac]).T.shape)
