import torch

def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: torch.linalg.svd(torch.tensor([[1, 2], [3, 4]])))
show(lambda: torch.svd(torch.ones(3)))
show(lambda: torch.linalg.eigh(torch.ones(2, 3)))
show(lambda: torch.linalg.eigh(torch.tensor([[1, 2], [2, 1]])))
show(lambda: torch.linalg.cholesky(torch.ones(3)))
show(lambda: torch.linalg.cholesky(torch.tensor([[1.0, 0.0], [0.0, -1.0]])))
show(lambda: torch.linalg.cholesky(torch.stack([torch.eye(2), torch.ones(2, 2)])))
show(lambda: torch.linalg.qr(torch.ones(2, 2), mode="full"))
show(lambda: torch.linalg.slogdet(torch.ones(2, 3)))
show(lambda: torch.linalg.lstsq(torch.ones(3, 2), torch.ones(2, 1)))
show(lambda: torch.linalg.lstsq(torch.ones(3, 2), torch.ones(3, 1), driver="qr"))
show(lambda: torch.linalg.matrix_rank(torch.tensor([[1, 2], [2, 4]])))
show(lambda: torch.linalg.pinv(torch.ones(3, dtype=torch.int64)))
show(lambda: torch.linalg.eigh(torch.eye(2), UPLO="X"))
x = torch.ones(3, 2, requires_grad=True)
show(lambda: torch.linalg.qr(x, mode="r").R.sum().backward())
show(lambda: torch.linalg.svd(torch.full((2, 2), float("nan"))))
