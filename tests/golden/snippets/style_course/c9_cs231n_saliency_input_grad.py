# cs231n saliency maps: gradient of the correct class score w.r.t. the input image, abs max over channels.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(16, 5))
model.eval()
for p in model.parameters():
    p.requires_grad = False
X = torch.randn(2, 3, 6, 6)
y = torch.tensor([1, 3])
X.requires_grad_()
scores = model(X)
print(scores.shape, scores.requires_grad)
correct = scores.gather(1, y.view(-1, 1)).squeeze()
print(correct)
correct.backward(torch.ones_like(correct))
saliency, _ = X.grad.abs().max(dim=1)
print(saliency.shape)
print(saliency[0])
print(model[0].weight.grad)
X_fooling = X.detach().clone()
X_fooling.requires_grad_()
target = 2
for it in range(10):
    s = model(X_fooling[:1])
    if s.argmax(1).item() == target:
        break
    s[0, target].backward()
    with torch.no_grad():
        g = X_fooling.grad
        X_fooling += 50.0 * g / g.norm()
        X_fooling.grad.zero_()
print("iterations", it, model(X_fooling[:1]).argmax(1))
print((X_fooling[0] - X[0]).abs().max() > 0)
