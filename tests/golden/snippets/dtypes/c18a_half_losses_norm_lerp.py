# float16 losses, batch norm, lerp and addcmul: ATen computes them in float32 and rounds to half
import torch
import torch.nn.functional as F

torch.manual_seed(0)
x = (torch.randn(64, 40) * 3).half()
t = torch.randn(64, 40).half()
labels = torch.randint(0, 40, (64,))
print(F.mse_loss(x, t), F.cross_entropy(x, labels), F.nll_loss(F.log_softmax(x, 1), labels, reduction="sum"))
bn = torch.nn.BatchNorm1d(40)
with torch.no_grad():
    bn.weight.uniform_(0.5, 1.5); bn.bias.uniform_(-1, 1)
bn = bn.half()
y = bn(x)
bn.eval()
z = bn(x)
print(y[:2, :5], z[:2, :5], sep="\n")
print(y.float().sum().item(), z.float().sum().item(), bn.running_var[:4])
print(torch.lerp(x, t, 0.3)[0, :6])
print(torch.addcmul(x, x, t, value=0.5)[0, :6])
print(F.batch_norm(x, None, None, training=True).float().sum().item())
