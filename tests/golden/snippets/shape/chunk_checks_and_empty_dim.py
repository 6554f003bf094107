# chunk's checks (a 1-D tensor at least, chunks > 0) and an empty dim split into the chunks asked for.
import torch
for args in [(torch.tensor(1.0), 2), (torch.arange(4), 0), (torch.arange(4), -1), (torch.arange(4), 2, 1), (torch.tensor(1.0), 0), (torch.zeros(0), 3), (torch.zeros(2, 0), 3, 1)]:
    try:
        print(torch.chunk(*args))
    except (RuntimeError, IndexError) as e:
        print(type(e).__name__, e)
print(torch.arange(5).chunk(3), torch.zeros(0, 2).chunk(2))
