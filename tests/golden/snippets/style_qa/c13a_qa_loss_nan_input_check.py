# Q: my loss is nan from the first step: a nan in the data. Finding it with isnan/any and cleaning it.
import torch
import torch.nn as nn

torch.manual_seed(67)
X = torch.randn(6, 3)
X[2, 1] = float("nan")
y = torch.randn(6, 1)
model = nn.Linear(3, 1)
loss = nn.functional.mse_loss(model(X), y)
print(loss)
print(torch.isnan(X).any(), torch.isnan(X).any(dim=1), torch.isnan(X).nonzero())
print(torch.isfinite(X).all(dim=1).sum().item())
keep = ~torch.isnan(X).any(dim=1)
loss = nn.functional.mse_loss(model(X[keep]), y[keep])
print(loss.isnan().item(), keep)
filled = torch.where(torch.isnan(X), X.nanmean(dim=0, keepdim=True).expand_as(X), X)
print(filled[2], X.nanmean(dim=0))
print(torch.nan_to_num(X)[2], X.nansum())
