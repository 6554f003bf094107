# Issue: "find where NaN appears": torch.isnan checks after each op instead of anomaly mode.
import torch

x = torch.tensor([4.0, -1.0, 0.0], requires_grad=True)
steps = {"sqrt": x.sqrt()}
steps["div"] = steps["sqrt"] / x
steps["log"] = steps["div"].log()
for k, v in steps.items():
    print(k, torch.isnan(v).tolist(), torch.isinf(v).tolist())
steps["log"].nansum().backward()
print(x.grad)
