# Section 7.2: xlogy makes 0*log(0) equal 0 (entropy)
import torch

probs = torch.tensor([0.0, 0.25, 0.75])
print(probs * torch.log(probs))
print(torch.special.xlogy(probs, probs))
print(-torch.special.xlogy(probs, probs).sum())
print(torch.xlogy(torch.tensor([0.0, 1.0]), torch.tensor([float("nan"), 0.0])))
print(torch.special.xlog1py(torch.tensor([0.0, 2.0]), torch.tensor([-1.0, 1.0])))
print(torch.special.entr(probs))
