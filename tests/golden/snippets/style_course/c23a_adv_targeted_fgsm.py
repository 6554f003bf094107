# Targeted FGSM: step against the gradient of the loss for the target class
import torch
import torch.nn.functional as F

W = torch.tensor([[1.0, -0.5, 0.2], [-0.3, 0.8, 0.1], [0.4, 0.4, -1.0]])
x = torch.tensor([[0.6, 0.1, 0.3]], requires_grad=True)
target = torch.tensor([1])
logits = x @ W.T
print("clean pred:", logits.argmax(1).item(), F.softmax(logits, 1))
loss = F.cross_entropy(logits, target)
loss.backward()
x_adv = (x - 0.3 * x.grad.sign()).clamp(0, 1).detach()
adv_logits = x_adv @ W.T
print(x.grad.sign())
print("adv pred:", adv_logits.argmax(1).item(), F.softmax(adv_logits, 1))
