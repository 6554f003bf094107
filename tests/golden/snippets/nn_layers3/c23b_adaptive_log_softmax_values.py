import torch
from torch import nn

torch.manual_seed(3)
asm = nn.AdaptiveLogSoftmaxWithLoss(6, 12, cutoffs=[4, 8], div_value=2.0, head_bias=True)
print(asm)
print(list(asm.state_dict()))
h = torch.randn(7, 6, requires_grad=True)
target = torch.tensor([0, 5, 11, 3, 8, 4, 2])
out, loss = asm(h, target)
print(out, loss)
loss.backward()
print(h.grad.abs().sum(1) > 0, asm.tail[1][0].weight.grad.shape)
full = asm.log_prob(h.detach())
print(full.shape, torch.allclose(full.gather(1, target[:, None]).squeeze(1), out.detach(), atol=1e-6))
print(asm.predict(h.detach()), full.argmax(1))
one = asm(h[0].detach(), torch.tensor(9))
print(one.output.shape, one.loss.shape, one._fields)
for args in ((h, torch.tensor([0, 12, 1, 1, 1, 1, 1])), (h, target[:3]), (h[0], target), (h, target.view(7, 1))):
    try:
        asm(*args)
    except RuntimeError as e:
        print(e)
for cut in ([], [3, 3], [0, 5], [12], [2.5]):
    try:
        nn.AdaptiveLogSoftmaxWithLoss(6, 12, cutoffs=cut)
    except ValueError as e:
        print(cut, e)
with torch.no_grad():
    asm.head.bias[4:] += torch.tensor([1.5, 0.5])
    x = torch.randn(6, 6) * 2
    print(asm.predict(x), asm.log_prob(x).argmax(1))
    asm.head.bias[4:] += 20.0
    print(asm.predict(x), asm.log_prob(x).argmax(1))
torch.manual_seed(5)
asm.reset_parameters()
print(asm.head.bias, asm.tail[1][1].weight.view(-1))
