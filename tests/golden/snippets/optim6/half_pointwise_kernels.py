# The element-wise kernels the optimizers rest on, in float16 and bfloat16: addcdiv in float with
# one rounding, addcmul with a float32 0-d tensor (cast to the 16-bit type, no promotion), rsqrt's
# scalar loop (the root rounded first) and vector blocks, and _foreach_mul_ rounding its factor
import torch

torch.manual_seed(0)
for dtype in (torch.float16, torch.bfloat16):
    a, b = torch.randn(40).to(dtype), torch.randn(40).to(dtype)
    c = (torch.rand(40) + 0.05).to(dtype)
    print(a.addcdiv(b, c, value=-0.01).float().tolist())
    eta = torch.tensor(0.0123)
    print(a.addcmul(b, eta, value=-1).dtype, a.addcmul(b, eta, value=-1).float().tolist())
    print(c.rsqrt().float().tolist())
    ws = [a.clone(), b.clone()]
    torch._foreach_mul_(ws, 0.9)
    print([w.float().tolist()[:10] for w in ws], a.mul(0.9).float().tolist()[:10])
    print(torch._foreach_mul([a], 0.9)[0].float().tolist()[:10])
