"""``torch.optim.LBFGS``: limited-memory BFGS, optionally with a strong-Wolfe line search.

One ``step(closure)`` runs up to ``max_iter`` iterations, each calling the closure at least once.
All parameters are seen as one flat vector (their gradients concatenated). The arithmetic is
written in tensor operations, in the order PyTorch 2.13's implementation performs them, so the
engine's float32 kernels round every intermediate (dot products, step sizes) as PyTorch's do and
printed losses agree digit for digit. Scalars such as ``ys`` stay 0-d tensors, as they do there.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable, Optional

from autograd_tui.engine import functions
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.grad_mode import enable_grad, no_grad
from autograd_tui.engine.optim.optimizer import Optimizer, check_tensor_lr, lr_of

__all__ = ["LBFGS"]


def _cubic_minimum(x1: Any, f1: Any, g1: Any, x2: Any, f2: Any, g2: Any,
                   bounds: Optional[tuple] = None) -> Any:
    """Minimiser of the cubic through (x1, f1) and (x2, f2) with slopes g1 and g2, kept inside
    ``bounds`` (default: between x1 and x2); the midpoint when the cubic has no minimum."""
    if bounds is None:
        lo, hi = (x1, x2) if x1 <= x2 else (x2, x1)
    else:
        lo, hi = bounds
    d1 = g1 + g2 - 3 * (f1 - f2) / (x1 - x2)
    d2_square = d1 ** 2 - g1 * g2
    if d2_square >= 0:
        d2 = d2_square.sqrt()
        if x1 <= x2:
            point = x2 - (x2 - x1) * ((g2 + d2 - d1) / (g2 - g1 + 2 * d2))
        else:
            point = x1 - (x1 - x2) * ((g1 + d2 - d1) / (g1 - g2 + 2 * d2))
        return min(max(point, lo), hi)
    return (lo + hi) / 2.0


class _Bracket:
    """The line search's interval: step sizes with their losses, gradients and slopes."""

    def __init__(self, steps: list, losses: list, grads: list, slopes: list) -> None:
        self.t, self.f, self.g, self.gtd = steps, losses, grads, slopes

    def set(self, i: int, t: Any, f: Any, g: Any, gtd: Any) -> None:
        self.t[i], self.f[i], self.g[i], self.gtd[i] = t, f, g, gtd


def _strong_wolfe(evaluate: Callable, x: list, t: Any, d: Tensor, f: float, g: Tensor, gtd: Tensor,
                  c1: float = 1e-4, c2: float = 0.9, tolerance_change: float = 1e-9,
                  max_ls: int = 25) -> tuple:
    """Find a step ``t`` along ``d`` meeting the strong Wolfe conditions: first widen until an
    interval holds one, then shrink it by cubic interpolation. Returns (loss, grad, t, evaluations)."""
    d_norm = d.abs().max()
    g = g.clone()
    f_new, g_new = evaluate(x, t, d)
    evals = 1
    gtd_new = g_new.dot(d)
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False
    it = 0
    bracket: Optional[_Bracket] = None
    # Phase 1: grow the step until the minimum is bracketed (or the step already satisfies Wolfe).
    while it < max_ls:
        if f_new > (f + c1 * t * gtd) or (it > 1 and f_new >= f_prev):
            bracket = _Bracket([t_prev, t], [f_prev, f_new], [g_prev, g_new.clone()], [gtd_prev, gtd_new])
            break
        if abs(gtd_new) <= -c2 * gtd:
            bracket = _Bracket([t], [f_new], [g_new], [gtd_new])
            done = True
            break
        if gtd_new >= 0:
            bracket = _Bracket([t_prev, t], [f_prev, f_new], [g_prev, g_new.clone()], [gtd_prev, gtd_new])
            break
        low_limit = t + 0.01 * (t - t_prev)
        high_limit = t * 10
        previous = t
        t = _cubic_minimum(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, bounds=(low_limit, high_limit))
        t_prev, f_prev, g_prev, gtd_prev = previous, f_new, g_new.clone(), gtd_new
        f_new, g_new = evaluate(x, t, d)
        evals += 1
        gtd_new = g_new.dot(d)
        it += 1
    if it == max_ls:
        # Out of evaluations: slopes are not needed any more, so none are kept.
        bracket = _Bracket([0, t], [f, f_new], [g, g_new], [])
    assert bracket is not None

    # Phase 2: zoom into the bracket.
    stuck = False
    low, high = (0, 1) if bracket.f[0] <= bracket.f[-1] else (1, 0)
    while not done and it < max_ls:
        if abs(bracket.t[1] - bracket.t[0]) * d_norm < tolerance_change:
            break
        t = _cubic_minimum(bracket.t[0], bracket.f[0], bracket.gtd[0], bracket.t[1], bracket.f[1], bracket.gtd[1])
        # Keep away from the interval's ends, unless progress has already stalled once.
        top, bottom = max(bracket.t), min(bracket.t)
        margin = 0.1 * (top - bottom)
        if min(top - t, t - bottom) < margin:
            if stuck or t >= top or t <= bottom:
                t = top - margin if abs(t - top) < abs(t - bottom) else bottom + margin
                stuck = False
            else:
                stuck = True
        else:
            stuck = False
        f_new, g_new = evaluate(x, t, d)
        evals += 1
        gtd_new = g_new.dot(d)
        it += 1
        if f_new > (f + c1 * t * gtd) or f_new >= bracket.f[low]:
            bracket.set(high, t, f_new, g_new.clone(), gtd_new)
            low, high = (0, 1) if bracket.f[0] <= bracket.f[1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2 * gtd:
                done = True
            elif gtd_new * (bracket.t[high] - bracket.t[low]) >= 0:
                bracket.set(high, bracket.t[low], bracket.f[low], bracket.g[low], bracket.gtd[low])
            bracket.set(low, t, f_new, g_new.clone(), gtd_new)
    return bracket.f[low], bracket.g[low], bracket.t[low], evals


class LBFGS(Optimizer):
    def __init__(self, params: Iterable, lr: Any = 1, max_iter: int = 20, max_eval: Optional[int] = None,
                 tolerance_grad: float = 1e-7, tolerance_change: float = 1e-9, history_size: int = 100,
                 line_search_fn: Optional[str] = None) -> None:
        check_tensor_lr(lr)
        if not 0.0 <= lr:
            raise ValueError(f"Invalid learning rate: {lr}")
        if max_eval is None:
            max_eval = max_iter * 5 // 4
        defaults = dict(lr=lr, max_iter=max_iter, max_eval=max_eval, tolerance_grad=tolerance_grad,
                        tolerance_change=tolerance_change, history_size=history_size, line_search_fn=line_search_fn)
        super().__init__(params, defaults)
        if len(self.param_groups) != 1:
            raise ValueError("LBFGS doesn't support per-parameter options (parameter groups)")
        self._params: list[Tensor] = self.param_groups[0]["params"]

    # ----- the parameters as one flat vector ---------------------------------------------------
    def _flat_grad(self) -> Tensor:
        parts = [p.new_zeros(p.numel()) if p._grad is None else p._grad.reshape(-1) for p in self._params]
        return functions.cat(parts, 0)

    def _move(self, step: Any, direction: Tensor) -> None:
        """``p += step * direction`` for each parameter's slice of the flat ``direction``."""
        start = 0
        for p in self._params:
            n = p.numel()
            p.add_(direction[start:start + n].view_as(p), alpha=step)
            start += n

    def _evaluate_at(self, closure: Callable, x: list, t: Any, d: Tensor) -> tuple[float, Tensor]:
        """Loss and flat gradient at ``x + t * d``; the parameters go back to ``x`` afterwards."""
        self._move(t, d)
        loss = float(closure())
        grad = self._flat_grad()
        for p, saved in zip(self._params, x):
            p.copy_(saved)
        return loss, grad

    def step(self, closure: Callable) -> Any:  # type: ignore[override]
        with no_grad():
            return self._step(closure)

    def _step(self, closure: Callable) -> Any:
        def evaluate() -> Any:
            with enable_grad():
                return closure()

        group = self.param_groups[0]
        lr = lr_of(group)
        if isinstance(lr, Tensor):
            lr = lr.item()
        max_iter, max_eval = group["max_iter"], group["max_eval"]
        tolerance_grad, tolerance_change = group["tolerance_grad"], group["tolerance_change"]
        line_search_fn, history_size = group["line_search_fn"], group["history_size"]

        # All of LBFGS's state lives under the first parameter.
        state = self.state[self._params[0]]
        state.setdefault("func_evals", 0)
        state.setdefault("n_iter", 0)

        orig_loss = evaluate()
        loss = float(orig_loss)
        evals = 1
        state["func_evals"] += 1
        flat_grad = self._flat_grad()
        if flat_grad.abs().max() <= tolerance_grad:
            return orig_loss  # already at a stationary point

        d, t = state.get("d"), state.get("t")
        old_dirs, old_stps, ro = state.get("old_dirs"), state.get("old_stps"), state.get("ro")
        h_diag = state.get("H_diag")
        prev_flat_grad, prev_loss = state.get("prev_flat_grad"), state.get("prev_loss")

        n_iter = 0
        while n_iter < max_iter:
            n_iter += 1
            state["n_iter"] += 1
            if state["n_iter"] == 1:
                d = flat_grad.neg()  # first ever iteration: steepest descent
                old_dirs, old_stps, ro = [], [], []
                h_diag = 1
            else:
                d, h_diag = self._direction(state, flat_grad, prev_flat_grad, d, t, old_dirs, old_stps, ro, h_diag,
                                            history_size)
            if prev_flat_grad is None:
                prev_flat_grad = flat_grad.clone()
            else:
                prev_flat_grad.copy_(flat_grad)
            prev_loss = loss

            # The first step is scaled by the gradient's size; later ones trust the curvature model.
            t = min(1.0, 1.0 / flat_grad.abs().sum()) * lr if state["n_iter"] == 1 else lr
            gtd = flat_grad.dot(d)
            if gtd > -tolerance_change:
                break  # not a descent direction any more

            ls_evals = 0
            if line_search_fn is not None:
                if line_search_fn != "strong_wolfe":
                    raise RuntimeError("only 'strong_wolfe' is supported")
                x_init = [p.clone() for p in self._params]

                def along(x: list, step: Any, direction: Tensor) -> tuple[float, Tensor]:
                    return self._evaluate_at(evaluate, x, step, direction)

                loss, flat_grad, t, ls_evals = _strong_wolfe(along, x_init, t, d, loss, flat_grad, gtd,
                                                             max_ls=max_eval - evals)
                self._move(t, d)
                opt_cond = flat_grad.abs().max() <= tolerance_grad
            else:
                self._move(t, d)
                opt_cond = False
                if n_iter != max_iter:
                    # Re-evaluate only when another iteration will use the new gradient.
                    loss = float(evaluate())
                    flat_grad = self._flat_grad()
                    opt_cond = flat_grad.abs().max() <= tolerance_grad
                    ls_evals = 1
            evals += ls_evals
            state["func_evals"] += ls_evals

            if n_iter == max_iter or evals >= max_eval or opt_cond:
                break
            if d.mul(t).abs().max() <= tolerance_change:
                break
            if abs(loss - prev_loss) < tolerance_change:
                break

        state["d"], state["t"] = d, t
        state["old_dirs"], state["old_stps"], state["ro"] = old_dirs, old_stps, ro
        state["H_diag"] = h_diag
        state["prev_flat_grad"], state["prev_loss"] = prev_flat_grad, prev_loss
        return orig_loss

    @staticmethod
    def _direction(state: dict, flat_grad: Tensor, prev_flat_grad: Tensor, d: Tensor, t: Any, old_dirs: list,
                   old_stps: list, ro: list, h_diag: Any, history_size: int) -> tuple[Tensor, Any]:
        """The quasi-Newton direction: record the last step's curvature pair, then apply the
        inverse-Hessian estimate to ``-grad`` by the two-loop recursion."""
        y = flat_grad.sub(prev_flat_grad)
        s = d.mul(t)
        ys = y.dot(s)
        if ys > 1e-10:  # keep the pair only when the curvature is positive
            if len(old_dirs) == history_size:
                old_dirs.pop(0)
                old_stps.pop(0)
                ro.pop(0)
            old_dirs.append(y)
            old_stps.append(s)
            ro.append(1.0 / ys)
            h_diag = ys / y.dot(y)
        if "al" not in state:
            state["al"] = [None] * history_size
        al = state["al"]
        q = flat_grad.neg()
        for i in range(len(old_dirs) - 1, -1, -1):
            al[i] = old_stps[i].dot(q) * ro[i]
            q.add_(old_dirs[i], alpha=-al[i])
        r = functions.mul(q, h_diag)
        for i in range(len(old_dirs)):
            be_i = old_dirs[i].dot(r) * ro[i]
            r.add_(old_stps[i], alpha=al[i] - be_i)
        return r, h_diag


LBFGS.__module__ = "torch.optim.lbfgs"
