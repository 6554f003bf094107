import torch
from torch import nn

torch.manual_seed(5)
model = nn.Linear(3, 1)
X = torch.randn(6, 3)
y = torch.randn(6)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for name, target in (("y", y), ("y.unsqueeze(1)", y.unsqueeze(1))):
    import warnings
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        loss = nn.functional.mse_loss(model(X), target)
    print(name, tuple(target.shape), f"{loss.item():.4f}", len(w))
