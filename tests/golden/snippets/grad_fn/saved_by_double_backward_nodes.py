# What the nodes of a gradient's own graph keep (create_graph=True), as in a Hessian-vector product.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
w = torch.randn(3, 4, requires_grad=True)
target = torch.randn(3, 4)
loss = F.mse_loss(F.relu(w), target)
(g,) = torch.autograd.grad(loss, w, create_graph=True)
node = g.grad_fn
print(node, node._saved_threshold, node._saved_self.shape)
inner = node.next_functions[0][0]
print(inner, inner._saved_reduction, inner._saved_self.shape, inner._saved_target.shape)
v = torch.ones(3, 4)
(hv,) = torch.autograd.grad(g, w, v)
print(hv)

h = F.hardtanh(w * 2, -1.0, 1.0)
(gh,) = torch.autograd.grad(h.sum(), w, create_graph=True)
print(gh.grad_fn.next_functions[0][0], gh.grad_fn.next_functions[0][0]._saved_self.shape)
m = w * 3
print(m.grad_fn._saved_self, m.grad_fn._saved_other)
