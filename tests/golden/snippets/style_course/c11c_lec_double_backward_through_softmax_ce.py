# Lecture: second derivatives of cross-entropy - the Hessian of the loss wrt the logits is diag(p) - p p^T.
import torch
import torch.nn.functional as F

logits = torch.tensor([[2.0, -1.0, 0.5]], requires_grad=True)
target = torch.tensor([0])
loss = F.cross_entropy(logits, target)
(g,) = torch.autograd.grad(loss, logits, create_graph=True)
print("grad:", g)
p = torch.softmax(logits.detach(), dim=1)
print("p - onehot:", p - F.one_hot(target, 3))
rows = [torch.autograd.grad(g[0, i], logits, retain_graph=True)[0][0] for i in range(3)]
H = torch.stack(rows)
print(H)
print(torch.diag(p[0]) - torch.outer(p[0], p[0]))
ls = F.log_softmax(logits, dim=1)
(g2,) = torch.autograd.grad(-ls[0, 0], logits, create_graph=True)
print(torch.allclose(g, g2), g2.grad_fn.name())
