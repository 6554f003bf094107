# a p-norm of 32,768 elements or more is summed in one chunk per thread, then the chunks in order
import torch
torch.manual_seed(2)
x = torch.randn(70001)
for threads in (1, 2):
    torch.set_num_threads(threads)
    print(threads, repr(x.norm(1).item()), repr(torch.linalg.vector_norm(x, 3).item()),
          x.view(1, 70001).norm(1, dim=1).tolist(), torch.randn(2, 40000).norm(1, dim=1).tolist())
