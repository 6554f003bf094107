# out= that is also an input: element-wise ops refuse to resize it, partial overlaps and cat's overlaps are refused.
import torch

def run(c):
    a = torch.zeros(3)
    b = torch.ones(3, 1)
    m = torch.ones(3, 3)
    v = torch.ones(2)
    try:
        r = eval(c)
        print(c, 'ok', tuple(r.shape), r.sum().item())
    except RuntimeError as e:
        print(c, type(e).__name__, e)

for c in ['torch.add(a, b, out=a)', 'torch.add(b, a, out=a)', 'torch.mul(a, b, out=b)', 'torch.sub(a, m, out=a)',
          'torch.maximum(a, b, out=a)', 'torch.where(b > 0, a, b, out=a)', 'torch.pow(a, b, out=a)',
          'torch.cat([a, a], out=a)', 'torch.cat([a[:1], v], out=a)', 'torch.exp(a, out=a)',
          'torch.add(a, 1, out=a)', 'torch.add(a[:2], a[1:], out=a[:2])', 'torch.atan2(a, b, out=a)',
          'torch.lerp(a, b, 0.5, out=a)', 'torch.addcmul(a, b, b, out=a)', 'torch.addcdiv(a, a, a + 1, out=a)',
          'torch.eq(a, b, out=a)', 'torch.add(a, a, out=a)', 'torch.neg(a[1:], out=a[:2])']:
    run(c)
