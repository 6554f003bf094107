# sort/argsort/topk/max/kthvalue on uint8, int8, int16, int64 extremes and bool: descending orders without wrap-around.
import torch
u = torch.tensor([[1, 2, 250], [4, 0, 6], [255, 0, 128]], dtype=torch.uint8)
i = torch.tensor([-9223372036854775808, 5, -1, 9223372036854775807, 0])
for t in [u, i, u.to(torch.int8), u.to(torch.int16), torch.tensor([True, False, True])]:
    for e in ['t.sort(descending=True)', 't.sort(descending=True, stable=True)', 't.argsort(descending=True)', 't.topk(2)', 't.topk(2, largest=False)',
              't.flatten().sort(descending=True).values', 't.flatten().msort() if hasattr(t, "msort") else None', 't.max(-1)', 't.kthvalue(1)']:
        try:
            print(e, eval(e))
        except RuntimeError as x:
            print(e, type(x).__name__, x)
