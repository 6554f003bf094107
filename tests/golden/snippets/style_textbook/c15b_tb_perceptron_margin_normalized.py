# The perceptron on linearly separable points: updates per pass and the geometric margin reached.
import torch

gen = torch.Generator().manual_seed(49)
pos = torch.randn(10, 2, generator=gen) + 2.0
neg = torch.randn(10, 2, generator=gen) - 2.0
points = torch.cat([pos, neg])
signs = torch.cat([torch.ones(10), torch.full((10,), -1.0)])
theta = torch.zeros(3)  # weights then bias, on inputs with a constant 1 appended
augmented = torch.cat([points, torch.ones(20, 1)], dim=1)
for sweep in range(1, 11):
    wrong = (signs * (augmented @ theta) <= 0).nonzero().flatten()
    for i in wrong.tolist():
        if signs[i] * (augmented[i] @ theta) <= 0:
            theta = theta + signs[i] * augmented[i]
    print(sweep, len(wrong), theta)
    if len(wrong) == 0:
        break
print((signs * (augmented @ theta) / theta[:2].norm()).min())
