# Policy gradient through log_softmax, checked against probs - onehot
import torch
import torch.nn.functional as F

logits = torch.tensor([0.2, 1.5, -0.7], requires_grad=True)
action = 1
logp = F.log_softmax(logits, dim=0)[action]
logp.backward()
print(logits.grad)
probs = F.softmax(logits.detach(), dim=0)
manual = F.one_hot(torch.tensor(action), 3).float() - probs
print(manual)
print(torch.allclose(logits.grad, manual))
print(torch.logsumexp(logits, 0).grad_fn.name())
