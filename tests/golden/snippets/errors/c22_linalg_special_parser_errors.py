# torch.linalg and torch.special refuse wrong arguments with the parser's words, under their builtins' names
import torch

A = torch.eye(2)


def show(call):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, str(e).splitlines()[0])


show(lambda: torch.linalg.det("abc"))
show(lambda: torch.linalg.inv([[1.0, 0.0], [0.0, 1.0]]))
show(lambda: torch.linalg.solve(A))
show(lambda: torch.linalg.cholesky(A, uper=True))
show(lambda: torch.linalg.eigh(A, "L", 1))
show(lambda: torch.linalg.qr(A, mode=1))
show(lambda: torch.linalg.cross(A))
show(lambda: torch.linalg.matrix_power(A))
show(lambda: torch.special.erf("x"))
show(lambda: torch.special.expit(A, 1))
show(lambda: torch.special.gammaln(input=A, out=1))
show(lambda: torch.special.entr(A, foo=1))
show(lambda: torch.special.polygamma(A, 1))
show(lambda: torch.special.i0())
print(torch.linalg.det(A), torch.special.expit(torch.zeros(1)))
