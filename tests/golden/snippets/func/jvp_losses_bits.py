# Forward-mode derivatives of the usual losses at full precision: each loss has a forward
# formula of its own in PyTorch (the backward with the tangent, then the mean), and
# BCE-with-logits under torch.func is functorch's composite of it.
import torch
import torch.nn.functional as F
from torch.func import jvp, grad
import torch.autograd.forward_ad as fwAD

torch.manual_seed(3)
x, t = torch.randn(6, 5), torch.randn(6, 5)
y = torch.rand(6, 5)
labels = torch.tensor([0, 4, 2, 1, 3, 0])
print(jvp(lambda a: F.mse_loss(a, y), (x,), (t,))[1].item())
print(jvp(lambda a: F.l1_loss(a, y, reduction="sum"), (x,), (t,))[1].item())
print(jvp(lambda a: F.smooth_l1_loss(a, y, beta=0.5), (x,), (t,))[1].item())
print(jvp(lambda a: F.huber_loss(a, y, delta=0.7), (x,), (t,))[1].item())
print(jvp(lambda a: F.binary_cross_entropy(a.sigmoid(), y), (x,), (t,))[1].item())
print(jvp(lambda a: F.binary_cross_entropy_with_logits(a, y), (x,), (t,))[1].item())
print(jvp(lambda a: F.cross_entropy(a, labels), (x,), (t,))[1].item())
print(jvp(lambda a: F.cross_entropy(a, labels, label_smoothing=0.1), (x,), (t,))[1].item())
print(jvp(lambda a: F.kl_div(a.log_softmax(1), y.softmax(1), reduction="batchmean"), (x,), (t,))[1].item())
print(grad(lambda a: F.binary_cross_entropy_with_logits(a, y))(x)[0].tolist())
with fwAD.dual_level():
    loss = F.binary_cross_entropy_with_logits(fwAD.make_dual(x, t), y, reduction="sum")
    print(fwAD.unpack_dual(loss).tangent.item())
    loss = F.nll_loss(fwAD.make_dual(x, t).log_softmax(1), labels, weight=torch.rand(5))
    print(fwAD.unpack_dual(loss).tangent.item())
