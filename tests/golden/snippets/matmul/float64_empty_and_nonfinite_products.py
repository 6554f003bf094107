# float64 products with no terms, no rows, no columns, and non-finite entries (matmul64 edge cases)
import torch
d = torch.float64
for f in (lambda: torch.addmm(torch.ones(3, dtype=d), torch.zeros(2, 0, dtype=d), torch.zeros(0, 3, dtype=d)),
          lambda: torch.mm(torch.zeros(2, 0, dtype=d), torch.zeros(0, 3, dtype=d)),
          lambda: torch.mv(torch.zeros(2, 0, dtype=d), torch.zeros(0, dtype=d)),
          lambda: torch.dot(torch.zeros(0, dtype=d), torch.zeros(0, dtype=d)),
          lambda: torch.addmm(torch.ones(0, dtype=d), torch.zeros(0, 4, dtype=d), torch.zeros(4, 0, dtype=d)),
          lambda: torch.mm(torch.zeros(0, 4, dtype=d), torch.zeros(4, 3, dtype=d)),
          lambda: torch.addmv(torch.ones(2, dtype=d), torch.zeros(2, 0, dtype=d), torch.zeros(0, dtype=d)),
          lambda: torch.mm(torch.tensor([[float('inf'), 1.]], dtype=d), torch.tensor([[0.], [1.]], dtype=d)),
          lambda: torch.addmm(torch.tensor([float('nan')] * 13, dtype=d), torch.ones(5, 3, dtype=d), torch.ones(3, 13, dtype=d)),
          ):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
