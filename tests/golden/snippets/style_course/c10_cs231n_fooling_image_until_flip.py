# cs231n: make a fooling image by stepping along the normalised gradient until the predicted class flips.
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Sequential(nn.Flatten(), nn.Linear(12, 8), nn.Tanh(), nn.Linear(8, 4))
model.eval()
X = torch.randn(1, 3, 2, 2)
orig = model(X).argmax(1).item()
target_y = (orig + 1) % 4
print("original class", orig, "target", target_y)
X_fooling = X.clone().requires_grad_()
for it in range(100):
    scores = model(X_fooling)
    if scores.argmax(1).item() == target_y:
        print("fooled after", it, "iterations")
        break
    scores[0, target_y].backward()
    with torch.no_grad():
        dX = 1.0 * X_fooling.grad / X_fooling.grad.norm()
        X_fooling += dX
        X_fooling.grad.zero_()
diff = (X_fooling - X).detach()
print(f"{diff.abs().max().item():.4f}", model(X_fooling).argmax().item())
print(torch.softmax(model(X_fooling), 1).detach())
