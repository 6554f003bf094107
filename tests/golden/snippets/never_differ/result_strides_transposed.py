# Sorting a transposed matrix keeps its layout; nonzero's result is column-major; masked_fill
# and gather give fresh row-major results. .view() works or fails accordingly.
import torch

scores = torch.tensor([[3., 1., 0.], [2., 5., 4.]]).t()
values, order = torch.sort(scores, dim=0)
print(values.stride(), order.stride(), torch.argsort(scores, dim=1).stride(), torch.msort(scores).stride())
print(values.is_contiguous(), values.t().view(-1))
hits = torch.nonzero(scores)
print(hits.shape, hits.stride(), torch.argwhere(scores).stride(), hits.is_contiguous())
print(scores.masked_fill(scores > 2, 0).stride(), scores.gather(0, torch.zeros_like(scores, dtype=torch.long)).stride())
print(torch.nonzero(torch.tensor(3.)), torch.nonzero(torch.tensor(0.)).shape)
try:
    hits.view(-1)
except RuntimeError as e:
    print(e)
