# In-place ops on bfloat16 tensors (fill_, mul_, masked_fill_, copy_, index assignment, init, a manual
# SGD step under no_grad, apply_): every value written is rounded to bfloat16.
import torch
torch.manual_seed(0)
x = torch.zeros(5, dtype=torch.bfloat16)
x.fill_(0.1); print(x)
x.mul_(0.3); print(x)
x.add_(0.77); print(x)
x.clamp_(0.8, 0.85); print(x)
x.masked_fill_(x > 0.81, 0.123); print(x)
x.copy_(torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5])); print(x)
x[x > 0.25] = 0.333; print(x)
x[0] = 1 / 3; print(x)
x.index_put_((torch.tensor([1]),), torch.tensor(0.777, dtype=torch.bfloat16)); print(x)
w = torch.empty(3, 4, dtype=torch.bfloat16); torch.nn.init.xavier_uniform_(w); print(w)
torch.nn.init.constant_(w, 0.1); print(w[0])
torch.nn.init.normal_(w, 0, 0.02); print(w[0])
torch.nn.init.kaiming_normal_(w); print(w[0])
p = torch.tensor([0.5, 1.5], dtype=torch.bfloat16, requires_grad=True)
(p * p).sum().backward()
with torch.no_grad():
    p -= 0.1 * p.grad
print(p)
with torch.no_grad():
    p.sub_(p.grad, alpha=0.37)
print(p, p.grad.zero_())
y = torch.arange(6, dtype=torch.bfloat16).view(2, 3)
y.t_(); print(y)
y.div_(3); print(y)
y.exp_(); print(y)
y.pow_(2); print(y)
y.sqrt_(); print(y)
print(torch.tensor([1.0, 2.0], dtype=torch.bfloat16).apply_(lambda v: v / 3))
