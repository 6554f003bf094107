# torch.norm with p="nuc" and other strings: the nuclear norm, or linalg.matrix_norm's refusals
import torch
a = torch.arange(6.).reshape(2,3).requires_grad_()
n = torch.norm(a, p="nuc")
print(n)
n.backward(); print(a.grad)
print(torch.norm(torch.arange(24.).reshape(2,3,4), p="nuc", dim=(1,2)))
try:
    torch.norm(torch.ones(3), p="nuc")
except Exception as e: print(type(e).__name__, e)
try:
    torch.norm(torch.ones(2,2), p="abc")
except Exception as e: print(type(e).__name__, e)
print(torch.norm(torch.ones(2,2,2), p="nuc", dim=(0,2), keepdim=True))
import torch
for args in [((torch.ones(2,2,2),), dict(p="nuc")), ((torch.ones(3),), dict(p="nuc")), ((torch.ones(2,2),), dict(p="abc")), ((torch.ones(2,3),), dict(p="nuc", dim=1)), ((torch.ones(2,3),), dict(p="fro", dim=(0,1))), ((torch.ones(2,3,4),), dict(p="fro", dim=(0,1,2)))]:
    try: print(torch.norm(*args[0], **args[1]))
    except Exception as e: print(type(e).__name__, e)
