# minimax log(1 - D(G(z))) vs non-saturating -log D(G(z)) gradients
import torch

logit = torch.tensor([-4.0, -1.0, 0.0, 2.0], requires_grad=True)
d = torch.sigmoid(logit)
minimax = torch.log1p(-d).sum()
minimax.backward()
print(logit.grad)
logit.grad = None
nonsat = -torch.nn.functional.logsigmoid(logit).sum()
nonsat.backward()
print(logit.grad)
print(d)
