# cs231n-style class visualisation: gradient ascent on an input image for one class score with L2 regularisation,
# the gradient normalised by its norm, model weights frozen.
import torch
import torch.nn as nn

torch.manual_seed(1454)
net = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(2), nn.Flatten(), nn.Linear(16, 5))
net.requires_grad_(False)
img = torch.zeros(1, 3, 6, 6, requires_grad=True)
target_class, l2_reg, lr = 3, 1e-3, 2.0
for it in range(5):
    score = net(img)[0, target_class]
    objective = score - l2_reg * img.norm() ** 2
    objective.backward()
    with torch.no_grad():
        img += lr * img.grad / img.grad.norm()
        img.grad.zero_()
    print(it, score.item())
print(net(img).argmax().item(), img.abs().amax(dim=(2, 3)))
print([p.grad for p in net.parameters()][:1], img.grad.abs().sum().item())
