# float16 and bfloat16 softmax and log_softmax over a dim other than the last
import torch

torch.manual_seed(2)
for shape, dim in [((7, 1000), 0), ((3, 6, 70), 1), ((9, 32), 0), ((2, 3, 300), 1), ((4, 5, 33), 0)]:
    x = torch.randn(*shape) * 4
    for dt in (torch.float16, torch.bfloat16):
        p = torch.softmax(x.to(dt), dim)
        lp = torch.log_softmax(x.to(dt), dim)
        print(shape, dim, dt, f"{p.double().sum().item():.10f} {lp.double().sum().item():.6f}")
print(torch.softmax(torch.tensor([[1.0, 2.0], [3.0, 0.5], [-1.0, 4.0]]).half(), dim=0))
