# Adversarial example (FGSM) tutorial: move the input along the sign of the loss gradient, per epsilon
import torch
import torch.nn as nn
import torch.nn.functional as F

def perturb(x, eps, grad):
    return (x + eps * grad.sign()).clamp(0, 1)

torch.manual_seed(1)
clf = nn.Sequential(nn.Flatten(), nn.Linear(9, 3))
clf.eval()
img = torch.rand(1, 1, 3, 3, requires_grad=True)
label = torch.tensor([2])
logits = clf(img)
before = logits.argmax(1, keepdim=True)
F.nll_loss(F.log_softmax(logits, dim=1), label).backward()
for eps in [0, 0.05, 0.3]:
    adv = perturb(img, eps, img.grad.data)
    after = clf(adv).argmax(1, keepdim=True)
    print(f"Epsilon: {eps}\tinit {before.item()} -> final {after.item()}", adv.grad_fn)
print(img.grad.sign(), clf[1].weight.grad is None)
