# Q: detect nan/inf in my training loop
import torch

losses = torch.tensor([0.5, float("inf"), float("nan"), 0.2])
for i, l in enumerate(losses):
    if not torch.isfinite(l):
        print("step", i, "bad loss", l.item())
print(torch.isnan(losses).nonzero().flatten(), losses.nanmean())
print(torch.tensor(float("nan")) == torch.tensor(float("nan")))
print(torch.isfinite(losses).all())
