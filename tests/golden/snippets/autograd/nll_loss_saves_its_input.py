import torch
import torch.nn.functional as F

# nll_loss's node saves its input (PyTorch's _saved_self): changing it in place afterwards
# makes backward refuse
x = torch.randn(3, 4, requires_grad=True)
log_probs = x * 1
loss = F.nll_loss(log_probs, torch.tensor([0, 1, 2]))
print(loss.grad_fn._saved_self.shape, loss.grad_fn._saved_self is log_probs)
log_probs.add_(1)
loss.backward()
