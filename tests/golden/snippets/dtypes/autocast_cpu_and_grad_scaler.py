# torch.autocast on the CPU (bfloat16 matmuls and convolutions, float32 losses, nodes and gradients), GradScaler
# on the CPU, and CUDA AMP code on a machine without CUDA (warns and disables itself).
import torch, torch.nn as nn, warnings
torch.manual_seed(0)
m = nn.Linear(3, 2); x = torch.randn(4, 3); opt = torch.optim.SGD(m.parameters(), lr=0.1)
s = torch.amp.GradScaler('cpu', init_scale=1024.0, growth_interval=2)
for i in range(3):
    with torch.autocast('cpu'):
        out = m(x)
        loss = nn.functional.mse_loss(out, torch.zeros(4, 2))
    print(out.dtype, out.grad_fn, out.grad_fn.next_functions, loss.dtype, loss.grad_fn)
    sl = s.scale(loss); print(sl, sl.shape)
    opt.zero_grad(); sl.backward()
    print(m.weight.grad)
    s.step(opt); s.update(); print(s.get_scale(), type(s.get_scale()), m.weight.grad)
print(s.state_dict(), s.is_enabled())
with torch.autocast('cpu'):
    print(m(x).dtype, torch.is_autocast_enabled('cpu'), torch.get_autocast_dtype('cpu'), torch.is_autocast_enabled())
    print((x @ x.T).dtype, torch.mm(x, x.T).dtype, x.sum().dtype, torch.softmax(m(x), 1).dtype)
    print(nn.functional.cross_entropy(m(x), torch.tensor([0, 1, 0, 1])).dtype, (x.double() @ x.double().T).dtype)
    print(x @ x.T)
print(torch.is_autocast_enabled('cpu'))
with torch.autocast('cpu', dtype=torch.float32):
    print(m(x).dtype)
with torch.autocast(device_type='cpu', dtype=torch.float16):
    print(m(x).dtype, m(x).shape)
scaler = torch.cuda.amp.GradScaler()
with torch.cuda.amp.autocast():
    out = m(x)
print(out.dtype, scaler.is_enabled(), scaler.scale(out.sum()), scaler.get_scale())
scaler.step(opt); scaler.update()
@torch.autocast('cpu')
def f(a):
    return m(a)
print(f(x).dtype)
conv = nn.Conv2d(2, 3, 3)
with torch.autocast('cpu'):
    y = conv(torch.randn(1, 2, 5, 5))
print(y.dtype, y[0, 0])
