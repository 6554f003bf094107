# How much precision bfloat16 keeps compared with float16 and float32: a small table printed by a learner.
import torch

vals = torch.tensor([1.0, 1.001, 1.01, 3.14159265, 100.7, 1000.3, 65504.0, 1e-3, 1e-8, 70000.0])
b = vals.to(torch.bfloat16)
h = vals.to(torch.float16)
for v, vb, vh in zip(vals.tolist(), b.float().tolist(), h.float().tolist()):
    print(f"{v:14.8g} {vb:14.8g} {vh:14.8g}")
print(b)
print(h)
print(torch.finfo(torch.bfloat16))
print(torch.finfo(torch.float16).eps, torch.finfo(torch.bfloat16).eps)
s32 = torch.ones(1000).sum()
sb = torch.ones(1000, dtype=torch.bfloat16).sum()
acc = torch.tensor(0.0, dtype=torch.bfloat16)
for _ in range(300):
    acc = acc + torch.tensor(1.0, dtype=torch.bfloat16)
print(s32, sb, acc)
print((b.float() - vals).abs().max())
print(torch.tensor([0.1], dtype=torch.bfloat16) * 3)
