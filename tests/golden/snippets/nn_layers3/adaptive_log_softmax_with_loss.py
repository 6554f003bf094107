# nn.AdaptiveLogSoftmaxWithLoss: its layers and parameters, the (output, loss) pair and its gradients, full
# log-probabilities, predict through the shortlist and through the clusters, unbatched input, and its checks.
import torch
import torch.nn as nn
torch.manual_seed(0)
asm = nn.AdaptiveLogSoftmaxWithLoss(16, 20, cutoffs=[4, 10], div_value=2.0)
print(asm)
print([(n, tuple(p.shape)) for n, p in asm.named_parameters()])
x = torch.randn(6, 16, requires_grad=True)
t = torch.tensor([0, 3, 5, 12, 19, 9])
out = asm(x, t)
print(type(out).__name__, out._fields, out.output, out.loss)
out.loss.backward()
print(x.grad.shape, asm.head.weight.grad.abs().sum() > 0, asm.tail[1][1].weight.grad.shape)
lp = asm.log_prob(x)
print(lp.shape, lp.exp().sum(1), lp.grad_fn)
print(asm.predict(x), asm.predict(x[:2]))
o1 = asm(x[0], t[3])
print(o1.output, o1.loss)
hb = nn.AdaptiveLogSoftmaxWithLoss(8, 6, [2], head_bias=True)
print(hb, hb.head.bias.shape, hb.tail[0][0].weight.shape)
hb.reset_parameters()
for bad in (lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 6, []), lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 6, [3, 2]),
            lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 6, [2, 6]), lambda: nn.AdaptiveLogSoftmaxWithLoss(8, 6, [2.5]),
            lambda: asm(x, torch.tensor([0, 1])), lambda: asm(x[0], t), lambda: asm(x, t.view(2, 3)),
            lambda: asm(x, torch.tensor([0, 1, 2, 3, 4, 25])), lambda: asm(x.view(6, 4, 4), t),
            lambda: asm(x[0], t[0].view(()) + 30)):
    try:
        print(bad())
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
with torch.no_grad():
    asm.head.weight[4:] *= 8
print(asm.predict(x), asm.predict(x[:3]), asm.predict(x[3:4]))
print(type(asm).__module__, nn.modules.adaptive.AdaptiveLogSoftmaxWithLoss is nn.AdaptiveLogSoftmaxWithLoss)
