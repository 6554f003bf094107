# torch.randint with low=/high=/size= as keywords, bound as PyTorch's parser binds them
import torch

torch.manual_seed(0)
print(torch.randint(low=1, high=5, size=(3,)), torch.randint(high=5, size=(3,)))
print(torch.randint(1, high=5, size=(2,)), torch.randint(size=(2,), high=3, low=1, dtype=torch.int32))
print(torch.randint(high=4, size=(1, 2), generator=torch.Generator().manual_seed(1)))
for call in [lambda: torch.randint(low=2, size=(2,)), lambda: torch.randint(2, 5, high=3, size=(2,)),
             lambda: torch.randint(low=1, high=3)]:
    try:
        call()
    except TypeError as e:
        print(str(e).splitlines()[0])
