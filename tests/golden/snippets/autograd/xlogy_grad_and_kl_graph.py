# xlogy's gradient for x is log(y) even where x is 0 (zeroed only where y <= 0 too), and
# kl_div records xlogy(target, target) in its graph.
import torch
import torch.nn.functional as F

x = torch.tensor([0., 0., 0.5, 2., 0.], requires_grad=True)
y = torch.tensor([2., 0., 3., 0.7, -1.], requires_grad=True)
torch.xlogy(x, y).backward(torch.tensor([1., 2., 3., 0., 1.5]))
print(x.grad, y.grad)

torch.manual_seed(0)
log_probs = torch.randn(3, 4).log_softmax(-1)
target = torch.tensor([[0.5, 0.5, 0., 0.], [0.25, 0.25, 0.25, 0.25], [1., 0., 0., 0.]], requires_grad=True)
loss = F.kl_div(log_probs, target, reduction="batchmean")
sub = loss.grad_fn.next_functions[0][0].next_functions[0][0]
print(loss, type(sub).__name__, [type(f).__name__ for f, _ in sub.next_functions])
loss.backward()
print(target.grad)
