# Columns kept in a dict of tensors, stacked into a design matrix
import torch

torch.manual_seed(3)
cols = {
    "sqft": torch.randint(500, 3000, (6,)).float(),
    "bedrooms": torch.randint(1, 5, (6,)).float(),
    "age": torch.rand(6) * 50,
}
X = torch.stack(list(cols.values()), dim=1)
means, stds = X.mean(0), X.std(0)
for name, m, s in zip(cols, means, stds):
    print(f"{name:<9} mean={m.item():9.3f} std={s.item():8.3f}")
Xs = (X - means) / stds
print(Xs.round(decimals=3))
